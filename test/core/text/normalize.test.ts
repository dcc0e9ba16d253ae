import { cleanText, fold, nfc, stripDiacritics } from '../../../src/core/text';

describe('nfc', () => {
  it('composes decomposed Vietnamese', () => {
    const decomposed = 'Quy\u0301 II'; // "Quý" typed with a combining acute
    expect(decomposed).not.toBe('Quý II');
    expect(nfc(decomposed)).toBe('Quý II');
  });
  it('gives "" for a non-string', () => {
    expect(nfc(undefined as unknown as string)).toBe('');
  });
});

describe('cleanText', () => {
  it.each([
    ['  Sở   Nội\tvụ  ', 'Sở Nội vụ'],
    ['a\r\nb\rc', 'a\nb\nc'],
    ['Tháng\u00A07/2025', 'Tháng 7/2025'],
    ['x\u202Fy\u2009z', 'x y z'],
    ['  dòng 1  \n   dòng 2 ', 'dòng 1\ndòng 2'],
    ['a\n\n\n\nb', 'a\n\nb'],
    ['\n\n a \n\n', 'a'],
    ['zero\u200Bwidth\uFEFF', 'zerowidth'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
  it('returns NFC', () => {
    expect(cleanText('Nhie\u0302\u0323m vu\u0323')).toBe('Nhiệm vụ');
  });
});

describe('fold', () => {
  it.each([
    ['Tiến độ hoàn thành', 'tien do hoan thanh'],
    ['ĐƠN VỊ chủ trì', 'don vi chu tri'],
    ['Đ/c Nguyễn Văn A', 'd/c nguyen van a'],
    ['Hằng quý', 'hang quy'],
    ['Hàng quý', 'hang quy'],
    ['háng quý', 'hang quy'],
    ['Trước  ngày\n15/12/2025.', 'truoc ngay 15/12/2025.'],
    ['Nhie\u0302\u0323m vu\u0323', 'nhiem vu'],
    ['THƯỜNG XUYÊN', 'thuong xuyen'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
  it('folds the same text with and without diacritics to the same key', () => {
    expect(fold('Cơ quan phối hợp')).toBe(fold('Co quan phoi hop'));
  });
});

describe('stripDiacritics', () => {
  it('keeps case', () => {
    expect(stripDiacritics('Đà Nẵng')).toBe('Da Nang');
  });
});
