import { Button, ButtonGroup } from '@trussworks/react-uswds';
import { type ReactNode, type RefObject, useId, useRef } from 'react';

/** A native modal dialog (focus kept inside, Escape closes it) in USWDS's modal style. */
export function ModalDialog({
  ref,
  heading,
  children,
  footer,
}: {
  readonly ref: RefObject<HTMLDialogElement | null>;
  readonly heading: string;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
}) {
  const id = useId();
  return (
    <dialog ref={ref} className="console-dialog" aria-labelledby={`${id}-heading`} aria-describedby={`${id}-description`}>
      <div className="usa-modal">
        <div className="usa-modal__content">
          <div className="usa-modal__main">
            <h2 className="usa-modal__heading" id={`${id}-heading`}>
              {heading}
            </h2>
            <div className="usa-prose" id={`${id}-description`}>
              {children}
            </div>
            {footer && <div className="usa-modal__footer">{footer}</div>}
          </div>
        </div>
      </div>
    </dialog>
  );
}

/**
 * A modal dialog that says what an irreversible command will do. The command is sent only from the
 * dialog's own button; Escape or "Cancel" closes it with nothing sent.
 */
export function ConfirmDialog({
  ref,
  heading,
  confirmLabel,
  children,
  onConfirm,
}: {
  readonly ref: RefObject<HTMLDialogElement | null>;
  readonly heading: string;
  readonly confirmLabel: string;
  readonly children: ReactNode;
  readonly onConfirm: () => void;
}) {
  return (
    <ModalDialog
      ref={ref}
      heading={heading}
      footer={
        <ButtonGroup>
          <Button
            type="button"
            secondary
            onClick={() => {
              ref.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
          <Button type="button" unstyled className="padding-105 text-center" onClick={() => ref.current?.close()}>
            Cancel
          </Button>
        </ButtonGroup>
      }
    >
      {children}
    </ModalDialog>
  );
}

/** A button for an irreversible command with nothing to fill in: it asks first, in a {@link ConfirmDialog}. */
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
  return (
    <>
      <Button type="button" secondary disabled={disabled} onClick={() => dialog.current?.showModal()}>
        {label}
      </Button>
      <ConfirmDialog ref={dialog} heading={heading} confirmLabel={confirmLabel} onConfirm={onConfirm}>
        {children}
      </ConfirmDialog>
    </>
  );
}
