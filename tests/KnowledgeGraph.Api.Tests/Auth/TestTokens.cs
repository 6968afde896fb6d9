using System.Text;
using KnowledgeGraph.Api.Tests.Mutations;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgeGraph.Api.Tests.Auth;

/// <summary>Signs JWTs as the test issuer of <see cref="WriteAppFactory"/> would (or with another key).</summary>
public static class TestTokens
{
    /// <summary>A signed token; <paramref name="subject"/> null leaves the <c>sub</c> claim out.</summary>
    public static string Create(string? subject, object roles, string signingKey = WriteAppFactory.JwtSigningKey,
        string issuer = WriteAppFactory.JwtIssuer, string roleClaim = "roles", DateTime? expires = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = WriteAppFactory.JwtAudience,
            Expires = expires ?? DateTime.UtcNow.AddMinutes(10),
            NotBefore = (expires ?? DateTime.UtcNow.AddMinutes(10)).AddMinutes(-20),
            Claims = subject is null
                ? new Dictionary<string, object> { [roleClaim] = roles }
                : new Dictionary<string, object> { ["sub"] = subject, [roleClaim] = roles },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
}
