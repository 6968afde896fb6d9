using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgeGraph.Api.Auth;

/// <summary>JWT bearer options from <see cref="JwtSettings"/>; roles come from the <c>roles</c> or <c>role</c> claim.</summary>
internal static class JwtBearerSetup
{
    public static void Configure(JwtBearerOptions options, JwtSettings settings)
    {
        options.MapInboundClaims = false;
        options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        if (!string.IsNullOrWhiteSpace(settings.Authority))
        {
            options.Authority = settings.Authority;
        }

        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = !string.IsNullOrWhiteSpace(settings.Issuer) || !string.IsNullOrWhiteSpace(settings.Authority),
            ValidIssuer = settings.Issuer,
            ValidateAudience = !string.IsNullOrWhiteSpace(settings.Audience),
            ValidAudience = settings.Audience,
            ValidateLifetime = true,
            ClockSkew = settings.ClockSkew,
            NameClaimType = "sub",
            RoleClaimType = ClaimTypes.Role,
            IssuerSigningKey = string.IsNullOrWhiteSpace(settings.SigningKey) ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey)),
        };
        options.Events = new JwtBearerEvents { OnTokenValidated = AddRoles };
    }

    /// <summary>Copies <c>roles</c>/<c>role</c> claims (a string or an array) to role claims the policies read.</summary>
    private static Task AddRoles(TokenValidatedContext context)
    {
        if (context.Principal?.Identity is ClaimsIdentity identity)
        {
            foreach (var role in identity.Claims.Where(c => c.Type is "roles" or "role").Select(c => c.Value).ToList())
            {
                identity.AddClaim(new Claim(ClaimTypes.Role, role));
            }
        }

        return Task.CompletedTask;
    }
}
