% Fleuret, The Little Book of Deep Learning, Section 3.1 (cross-entropy loss over N training samples), from memory of
% the printing, with a linear model f(x; w) = w x giving one logit per class
x \in \mathbb{R}^{N \times D}, y \in \{1, \dots, C\}^{N}, w \in \mathbb{R}^{C \times D}

f(x; w) = w x
\mathscr{L}_{ce}(w) = -\frac{1}{N} \sum_{n=1}^{N} \log \frac{\exp f(x_n; w)_{y_n}}{\sum_z \exp f(x_n; w)_z}
