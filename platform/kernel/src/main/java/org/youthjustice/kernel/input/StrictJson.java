package org.youthjustice.kernel.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Request bodies are read strictly, so that what is stored is exactly what was sent: one JSON value and nothing
 * after it (a body with anything after the value is malformed, not read up to where it looks complete), and no
 * NUL character in any text (PostgreSQL cannot store one; refused here as bad input rather than failing at the
 * database). Both come out as 400 problems listing the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("strict-text").addDeserializer(String.class, new TextWithoutNul()));
    }

    /** Jackson's own reading of a string, refusing one with a NUL character in it. */
    static final class TextWithoutNul extends StdScalarDeserializer<String> {
        TextWithoutNul() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw context.weirdStringException(text.replace('\u0000', '?'), String.class, "a NUL character (U+0000) is not text");
            }
            return text;
        }
    }
}
