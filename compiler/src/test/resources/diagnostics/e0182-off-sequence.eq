% A list with dots whose items are off one arithmetic sequence.
x \in \mathbb{R}^{n}
y = x + [0, 1, 3, \ldots, n]
% ~ERROR E0182
