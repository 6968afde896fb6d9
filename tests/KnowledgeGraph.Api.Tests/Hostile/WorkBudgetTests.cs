using System.Text;
using KnowledgeGraph.Api.Limits.Errors;
using KnowledgeGraph.Api.Tests.Mutations;
using static KnowledgeGraph.Api.Tests.Hostile.HostileExchange;

namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>
/// Small documents that used to burn seconds of CPU before validation or answer megabytes of errors (issue 13, item 2):
/// each is refused before validation with the code of the budget it passes.
/// </summary>
public sealed class WorkBudgetTests(WriteAppFactory app) : IClassFixture<WriteAppFactory>
{
    public static TheoryData<string, string, string> OverBudget() => new()
    {
        { "{ actors { totalCount } } 10,000 times (220 KB)", "{ " + Repeat("actors { totalCount } ", 10_000) + "}", DocumentTooLargeError.ErrorCode },
        { "__typename 20,000 times", "{ " + Repeat("__typename ", 20_000) + "}", DocumentTooLargeError.ErrorCode },
        { "@include(if: true) 10,000 times on one field", "{ __typename " + Repeat("@include(if: true) ", 10_000) + "}", DocumentTooLargeError.ErrorCode },
        { "{ actors { totalCount } } 1,000 times", "{ " + Repeat("actors { totalCount } ", 1_000) + "}", TooManySelectionsError.ErrorCode },
        { "__typename 5,000 times", "{ " + Repeat("__typename ", 5_000) + "}", TooManySelectionsError.ErrorCode },
        { "__typename 300 times in a fragment", "{ ...F } fragment F on Query { " + Repeat("__typename ", 300) + "}", TooManySelectionsError.ErrorCode },
        { "@include(if: true) 1,000 times on one field", "{ __typename " + Repeat("@include(if: true) ", 1_000) + "}", TooManyDirectivesError.ErrorCode },
        { "@skip(if: false) 600 times over 120 fields", "{ " + Repeat("__typename @skip(if: false) @skip(if: false) @skip(if: false) @skip(if: false) @skip(if: false) ", 120) + "}", TooManyDirectivesError.ErrorCode },
        { "directives on a mutation", "mutation " + Repeat("@a ", 50) + "{ __typename }", TooManyDirectivesError.ErrorCode },
        { "1,000 chained fragments", "{ ...F0 }" + string.Concat(Enumerable.Range(0, 1000).Select(i => $" fragment F{i} on Query {{ __typename ...F{i + 1} }}")) + " fragment F1000 on Query { __typename }", TooManyFragmentsError.ErrorCode },
        { "fragments spread 2^20 times", "{ ...F0 }" + string.Concat(Enumerable.Range(0, 20).Select(i => $" fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}")) + " fragment F20 on Query { __typename }", TooManySelectionsError.ErrorCode },
        { "20,000 comment lines", Repeat("#\n", 20_000) + "{ __typename }", DocumentTooLargeError.ErrorCode },
    };

    [Theory]
    [MemberData(nameof(OverBudget))]
    public async Task A_document_over_a_budget_is_refused_with_its_code_anonymously_and_as_admin(string name, string query, string code)
    {
        _ = name;
        var client = app.CreateClient();
        foreach (var key in new[] { null, WriteAppFactory.AdminKey })
        {
            var (status, text) = await PostAsync(client, query, apiKey: key);
            Assert.Equal([code], AssertRefused(status, text));
        }
    }

    [Fact]
    public async Task A_response_keeps_at_most_100_errors_and_says_how_many_were_dropped()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 150).Select(i => $"unknown{i}")) + " }";
        var (status, text) = await PostAsync(app.CreateClient(), query);

        var codes = AssertRefused(status, text);
        Assert.Equal(101, codes.Count);
        Assert.Equal(ErrorsTruncatedError.ErrorCode, codes[^1]);
        Assert.Contains("50 more errors", text);
    }

    [Fact]
    public async Task Documents_within_the_budgets_still_run()
    {
        var client = app.CreateClient();
        var (status, text) = await PostAsync(client, "{ " + Repeat("__typename ", 200) + "}");
        Assert.Empty(AssertCodedErrors(text));
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        (status, text) = await PostAsync(client, "{ __typename @include(if: true) @skip(if: false) }");
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        await AssertAliveAsync(client);
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
