/** "—" for an empty value in tables and summaries. */
export const orDash = (text: string | null | undefined): string => (text && text.trim() ? text : '—');
