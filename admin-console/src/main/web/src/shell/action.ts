// One button, one request, its feedback: "…ing", then done or "Failed: <the problem's detail>"; destructive ones ask
// first. Shared by the pages whose actions are a single call (bundles, meetings, identity providers).
import { Feedback } from './feedback';
import { confirmAction } from './confirm';
import { activity, sessionEnded } from './session';

export interface Ask {
  question: string;
  detail: string;
  yes: string;
}

/** Runs the call with the button disabled; true when it succeeded (the page then redraws what changed). */
export async function act(button: HTMLButtonElement, status: Feedback, busy: string, done: string,
  work: () => Promise<unknown>, ask?: Ask): Promise<boolean> {
  if (ask && !(await confirmAction(ask.question, ask.detail, ask.yes))) {
    status.done('Cancelled: nothing was changed.');
    return false;
  }
  button.disabled = true;
  status.busy(busy);
  try {
    await work();
    activity();
    status.done(done);
    return true;
  } catch (error) {
    if (!sessionEnded(error)) {
      status.failed(error);
    }
    return false;
  } finally {
    button.disabled = false;
  }
}
