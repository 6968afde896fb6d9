// Each browser test hosts the real app, whose durable store holds its data file exclusively, and drives a Chromium:
// on two cores they run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
