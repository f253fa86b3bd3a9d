/** One pending timeout per key (e.g. per seat), replaced when set again. */
export class KeyedTimers<K> {
  private readonly timers = new Map<K, ReturnType<typeof setTimeout>>();

  set(key: K, ms: number, fire: () => void): void {
    this.clear(key);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      fire();
    }, ms);
    timer.unref?.();
    this.timers.set(key, timer);
  }

  clear(key: K): void {
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }

  clearAll(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
