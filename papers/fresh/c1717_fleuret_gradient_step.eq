% Fleuret, The Little Book of Deep Learning, Section 3.2 (gradient descent on the empirical loss of a linear
% least-squares model), from memory of the printing; w_n the current parameters
x \in \mathbb{R}^{N \times D}, y \in \mathbb{R}^{N}, w_n \in \mathbb{R}^{D}, \eta \in \mathbb{R}

\mathscr{L}(w) = \frac{1}{N} \sum_{n=1}^{N} \left( y_n - w^\top x_n \right)^2
w_{n+1} = w_n - \eta \nabla \mathscr{L} |_w (w_n)
