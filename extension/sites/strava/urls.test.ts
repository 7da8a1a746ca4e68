import { describeUrlExamples } from '../test-support/url-examples';
import { stravaAdapter } from './adapter';
import { EXAMPLES } from './urls';

describeUrlExamples(stravaAdapter, EXAMPLES);
