package org.completecrm.rules.explain;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes every kind of {@link Reason} as the same JSON object: {@code {"by", "stage", "text"}}, in the alphabetical order of every other value. */
final class ReasonJson extends StdSerializer<Reason> {
  private static final long serialVersionUID = 1L;

  ReasonJson() {
    super(Reason.class);
  }

  @Override
  public void serialize(Reason r, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("by", r.by());
    g.writeStringField("stage", r.stage().name());
    g.writeStringField("text", r.text());
    g.writeEndObject();
  }
}
