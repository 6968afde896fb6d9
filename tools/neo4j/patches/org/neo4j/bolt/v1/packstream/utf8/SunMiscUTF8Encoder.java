package org.neo4j.bolt.v1.packstream.utf8;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Replaces Neo4j 3.1.1's encoder of the same name, which reads java.lang.String internals
 * that Java 9+ no longer has (every Bolt connection closes right after the handshake).
 * Neo4j puts plugins/ before lib/ on its classpath, so this class wins.
 */
public class SunMiscUTF8Encoder implements UTF8Encoder
{
    @Override
    public ByteBuffer encode( String input )
    {
        return ByteBuffer.wrap( input.getBytes( StandardCharsets.UTF_8 ) );
    }
}
