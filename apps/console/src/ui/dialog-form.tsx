import { Button } from '@trussworks/react-uswds';
import { type ReactNode, useEffect, useRef, useState } from 'react';

import { ModalDialog } from './confirm';

/**
 * A button that opens a modal dialog holding a form: for an irreversible command that needs a word
 * first (a revocation's reason). The dialog says what happens; its own form sends the command and
 * closes it.
 */
export function DialogForm({
  label,
  heading,
  children,
}: {
  readonly label: string;
  readonly heading: string;
  readonly children: (close: () => void) => ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) element.showModal();
    if (!open && element?.open) element.close();
  }, [open]);
  useEffect(() => {
    // Escape closes the dialog natively; the state follows.
    const element = dialog.current;
    const closed = () => setOpen(false);
    element?.addEventListener('close', closed);
    return () => element?.removeEventListener('close', closed);
  }, []);
  const close = () => setOpen(false);
  return (
    <>
      <Button type="button" secondary onClick={() => setOpen(true)}>
        {label}
      </Button>
      <ModalDialog
        ref={dialog}
        heading={heading}
        footer={
          <Button type="button" unstyled className="padding-105 text-center" onClick={close}>
            Cancel
          </Button>
        }
      >
        {children(close)}
      </ModalDialog>
    </>
  );
}
