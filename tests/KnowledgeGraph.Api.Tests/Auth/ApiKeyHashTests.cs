using KnowledgeGraph.Api.Auth;

namespace KnowledgeGraph.Api.Tests.Auth;

public sealed class ApiKeyHashTests
{
    [Fact]
    public void The_hash_is_the_sha256_hex_and_matching_ignores_its_case()
    {
        // FIPS 180-2 test vector for "abc".
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeyHash.Of("abc"));
        Assert.True(ApiKeyHash.Matches("abc", "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"));
        Assert.False(ApiKeyHash.Matches("abd", ApiKeyHash.Of("abc")));
        Assert.NotEqual(ApiKeyHash.NewKey(), ApiKeyHash.NewKey());
    }
}
