/** A part of the client fetched on demand (a lazy chunk) that could not be fetched: said in words. */
import { toast } from "./toasts";

export function chunkFailed(what: string, error: unknown): string {
  const text = `Could not load ${what}: ${error instanceof Error ? error.message : String(error)}. Check the connection, then reload the page.`;
  toast(text, "error", 20000);
  return text;
}
