% "for i ∈ {1, …, n}" pasted as a declaration: index ranges are inferred, not declared.
i \in \{1, \dots, n\}
% ~ERROR E0108
x, b \in \mathbb{R}^{n}
y_i = x_i + b_i
