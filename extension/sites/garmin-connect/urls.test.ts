import { describeUrlExamples } from '../test-support/url-examples';
import { garminConnectAdapter } from './adapter';
import { EXAMPLES } from './urls';

describeUrlExamples(garminConnectAdapter, EXAMPLES);
