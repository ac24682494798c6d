// A line that writes one phrase two or more times over ("Site Name Site Name Site Name"): a saved
// page's banner, logo text or a headline copied with its link, never the page's own title line.

/** Whether the line is one phrase of two words or more written again and again, nothing else. */
export function isRepeatedPhrase(line: string): boolean {
  const words = line.trim().split(/\s+/u);
  for (let size = 2; size * 2 <= words.length; size += 1) {
    if (words.length % size !== 0) continue;
    const phrase = words.slice(0, size).join(' ');
    let same = true;
    for (let at = size; at < words.length && same; at += size)
      same = words.slice(at, at + size).join(' ') === phrase;
    if (same) return true;
  }
  return false;
}
