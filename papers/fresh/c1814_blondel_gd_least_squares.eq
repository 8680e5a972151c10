% Blondel & Roulet (2024), Sec. 16.? (gradient descent), from memory of the printing: superscript t counts the
% iterates, \gamma the step size; L the least-squares objective of the book's examples (my choice); shapes from the prose
\bm{X} \in \mathbb{R}^{N \times D}, \bm{y} \in \mathbb{R}^{N}, \bm{w}^t \in \mathbb{R}^{D}, \gamma \in \mathbb{R}

L(\bm{w}) := \frac{1}{2} \|\bm{X}\bm{w} - \bm{y}\|_2^2
\bm{w}^{t+1} := \bm{w}^t - \gamma \nabla L(\bm{w}^t)
