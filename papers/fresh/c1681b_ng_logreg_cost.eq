% deeplearning.ai (Ng), "Neural Networks and Deep Learning", week 2, the logistic regression cost, as printed (from
% memory of the lecture, with y-hat^(i) = sigma(w^T x^(i) + b) substituted): X = [x^(1) ... x^(m)] of shape (n_x, m),
% the examples as columns (the course's prose), w in R^{n_x}
X \in \mathbb{R}^{n_x \times m}, w \in \mathbb{R}^{n_x}, b \in \mathbb{R}, y \in \mathbb{R}^{m}

J(w, b) = -\frac{1}{m}\sum_{i=1}^{m} \left(y^{(i)}\log(\sigma(w^T x^{(i)} + b)) + (1-y^{(i)})\log(1-\sigma(w^T x^{(i)} + b))\right)
