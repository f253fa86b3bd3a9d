/**
 * The lobby's and the teacher's setup: one action at a time that enters a match (create, join,
 * rejoin). The view is marked busy meanwhile; once in, `entered` is called. The connection shows
 * its own errors; an API error (it has a code) is shown here as a toast.
 */
import { toast } from "./toasts";

export class EntryRunner {
  private busy = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly entered: () => void,
  ) {}

  async run(action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.root.classList.add("busy");
    try {
      await action();
      this.entered();
    } catch (e) {
      if ((e as { code?: string }).code) toast((e as Error).message, "error");
    } finally {
      this.busy = false;
      this.root.classList.remove("busy");
    }
  }
}
