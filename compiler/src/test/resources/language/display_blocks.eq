% a display block pasted from a textbook: inside $$ … $$ (or \[ … \], or an aligned environment)
% a newline is a space, and rows end at \\
x \in \mathbb{R}^{3}
$$
\begin{aligned}
y &= 2 x
  + 1, \\
z &= y \odot y.
\end{aligned}
$$
% outside a display block, a line that ends in a relation sign or an operator goes on
w =
  3 x -
  x
