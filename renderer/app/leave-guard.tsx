// Unsaved edits are never dropped without a word: a form with changes says so (useLeaveGuard), and every way
// out of its screen (the menu, the year or bloc switcher, a link, the back button, closing or reloading the
// window) asks first. The registry lives outside React because navigate() is a plain function.
import { useEffect, type ReactNode } from 'react';
import { App } from 'antd';

const dirtyForms = new Set<symbol>();
let ask: ((leave: () => void, stay: () => void) => void) | null = null;
let asked = false;
let unasked = false;

/** A form calls it with whether it has unsaved changes (react-hook-form's `formState.isDirty`). */
export function useLeaveGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const form = Symbol('unsaved form');
    dirtyForms.add(form);
    return () => {
      dirtyForms.delete(form);
    };
  }, [dirty]);
}

/**
 * Runs `leave` at once when nothing is unsaved; otherwise once the officer chooses to drop the changes, or
 * `stay` when they choose to stay.
 */
export function confirmLeave(leave: () => void, stay: () => void = () => {}): void {
  if (unasked || dirtyForms.size === 0 || !ask) return leave();
  // A second way out while the question is open (a double click) waits for its answer: it stays.
  if (asked) return stay();
  ask(leave, stay);
}

/** Leaves without asking, for a form that has just saved its changes (it is still marked dirty until it renders again). */
export function leaveWithoutAsking(leave: () => void): void {
  unasked = true;
  try {
    leave();
  } finally {
    unasked = false;
  }
}

/** Asks with antd's dialog (inside antd's App), and before the window closes or reloads. */
export function LeaveGuardProvider({ children }: { children: ReactNode }) {
  const { modal } = App.useApp();
  useEffect(() => {
    ask = (leave, stay) => {
      asked = true;
      modal.confirm({
        title: 'Bỏ các thay đổi chưa lưu?',
        content: 'Màn hình này có thay đổi chưa lưu. Ở lại để lưu, hoặc bỏ các thay đổi và chuyển đi.',
        okText: 'Bỏ thay đổi',
        okButtonProps: { danger: true },
        cancelText: 'Ở lại',
        // Enter or Escape keeps the edits: dropping them takes a deliberate click.
        autoFocusButton: 'cancel',
        onOk: () => {
          asked = false;
          leave();
        },
        onCancel: () => {
          asked = false;
          stay();
        },
      });
    };
    // The browser (or Electron's will-prevent-unload) asks in its own words.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirtyForms.size > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      ask = null;
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [modal]);
  return children;
}
