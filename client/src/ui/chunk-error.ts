/** A part of the client fetched on demand (a lazy chunk) that could not be fetched: said in words. */
import { toast } from "./toasts";
import { ui } from "../lang/ui";

export function chunkFailed(what: string, error: unknown): string {
  const text = ui().input.chunkFailed(what, error instanceof Error ? error.message : String(error));
  toast(text, "error", 20000);
  return text;
}
