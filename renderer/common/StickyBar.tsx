// The bar of actions that stays at the bottom of a long form while the officer scrolls.
import type { CSSProperties, HTMLAttributes } from 'react';

const style: CSSProperties = {
  position: 'sticky',
  bottom: 0,
  zIndex: 3,
  background: '#fff',
  borderTop: '1px solid #f0f0f0',
  padding: '12px 0',
  display: 'flex',
  gap: 12,
  alignItems: 'center',
  flexWrap: 'wrap',
};

export function StickyBar({ style: own, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div {...props} style={{ ...style, ...own }} />;
}
