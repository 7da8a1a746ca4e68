import { describeUrlExamples } from '../test-support/url-examples';
import { intervalsIcuAdapter } from './adapter';
import { EXAMPLES } from './urls';

describeUrlExamples(intervalsIcuAdapter, EXAMPLES);
