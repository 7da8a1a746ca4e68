import { render } from 'preact';
import { BillingReturn } from '../../ui/settings/plan/BillingReturn';
import { openInTab, pagePlanService } from '../../ui/settings/plan/page-plan-service';
import '../../ui/side-panel.css';

const root = document.getElementById('app');
if (!root) throw new Error('The billing return page has no #app element to render into');
render(
  <BillingReturn
    service={pagePlanService()}
    search={location.search}
    openTab={openInTab}
    locale={navigator.language}
  />,
  root,
);
