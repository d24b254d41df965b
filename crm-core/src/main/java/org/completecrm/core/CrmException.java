package org.completecrm.core;

import org.jspecify.annotations.Nullable;

/** Root of every exception the library throws: catch this one type to handle them all. */
public class CrmException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message saying what went wrong. */
  public CrmException(String message) {
    super(message);
  }

  /** An exception with a message and the underlying cause. */
  public CrmException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
