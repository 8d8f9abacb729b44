// "Nơi nhận" as officers write it (documents-practice.md): under a "Kính gửi:" the first line is "Như trên"
// and the addressee is not listed again; an invitation starts with "Như thành phần mời" and copies no
// invitee "(b/c)". The year's default recipients fill in the rest; "Lưu: VT, …" is added when printed.
import { searchKey } from '../../../common/vietnamese.js';

/** A recipient's name as compared: no "- ", no "(b/c)" or other parenthesis, no closing punctuation, no diacritics. */
const key = (entry: string) =>
  searchKey(
    entry
      .replace(/^\s*-\s*/, '')
      .replace(/\([^)]*\)/g, ' ')
      .replace(/[;.,:]\s*$/, ''),
  );

/** The same body, however long its name is written ("Ban Thi đua - Khen thưởng tỉnh" and "… tỉnh Bắc Kạn (Sở Nội vụ)"). */
export function sameRecipient(a: string, b: string): boolean {
  const [x, y] = [key(a), key(b)];
  return x !== '' && y !== '' && (x.startsWith(y) || y.startsWith(x));
}

/** The member units as a recipient: "Các đơn vị thành viên Khối". */
const isMemberUnits = (entry: string) => key(entry).includes('don vi thanh vien');

/** Recipients of a document with "Kính gửi:" `addressees`: "Như trên", then the defaults not addressed already. */
export function recipientsUnderAddressee(defaults: string[], addressees: string[]): string[] {
  const rest = defaults.filter((d) => !addressees.some((a) => sameRecipient(a, d)));
  return ['Như trên', ...rest];
}

/**
 * Recipients of an invitation: "Như thành phần mời", then the defaults that were not invited (`invitees`
 * by name or organisation; the member units are always invited).
 */
export function recipientsOfInvitation(defaults: string[], invitees: string[]): string[] {
  const rest = defaults.filter((d) => !isMemberUnits(d) && !invitees.some((i) => sameRecipient(i, d)));
  return ['Như thành phần mời', ...rest];
}
