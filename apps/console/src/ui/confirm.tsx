import { Button, ButtonGroup } from '@trussworks/react-uswds';
import { type ReactNode, useId, useRef } from 'react';

/**
 * A button for an irreversible command: it opens a modal dialog that says what will happen, and the
 * command is sent only from the dialog's own button. Escape or "Cancel" closes it with nothing sent.
 */
export function ConfirmButton({
  label,
  confirmLabel,
  heading,
  children,
  onConfirm,
  disabled = false,
}: {
  readonly label: string;
  readonly confirmLabel: string;
  readonly heading: string;
  readonly children: ReactNode;
  readonly onConfirm: () => void;
  readonly disabled?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  return (
    <>
      <Button type="button" secondary disabled={disabled} onClick={() => dialog.current?.showModal()}>
        {label}
      </Button>
      <dialog ref={dialog} className="console-dialog" aria-labelledby={`${id}-heading`} aria-describedby={`${id}-description`}>
        <div className="usa-modal">
          <div className="usa-modal__content">
            <div className="usa-modal__main">
              <h2 className="usa-modal__heading" id={`${id}-heading`}>
                {heading}
              </h2>
              <div className="usa-prose" id={`${id}-description`}>
                {children}
              </div>
              <div className="usa-modal__footer">
                <ButtonGroup>
                  <Button
                    type="button"
                    secondary
                    onClick={() => {
                      dialog.current?.close();
                      onConfirm();
                    }}
                  >
                    {confirmLabel}
                  </Button>
                  <Button type="button" unstyled className="padding-105 text-center" onClick={() => dialog.current?.close()}>
                    Cancel
                  </Button>
                </ButtonGroup>
              </div>
            </div>
          </div>
        </div>
      </dialog>
    </>
  );
}
