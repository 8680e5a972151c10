% Wikipedia, "Cross-entropy" (Cross-entropy loss function and logistic regression) as printed: the prediction
% \hat y_n = g(w . x_n) = 1/(1+e^{-w . x_n}) for N samples x_n (the rows of X, prose: "feature vectors"), and the
% average loss over the N samples (the last member of the article's chain J(w) = 1/N sum H(p_n,q_n) = ...).
% Printing as remembered (not fetched).
X \in \mathbb{R}^{N \times d}, \mathbf{w} \in \mathbb{R}^{d}, y \in \mathbb{R}^{N}

\hat{y}_n \equiv g(\mathbf{w} \cdot \mathbf{x}_n) = \frac{1}{1 + e^{-\mathbf{w} \cdot \mathbf{x}_n}}
J(\mathbf{w}) \ =\ -\frac{1}{N}\sum_{n=1}^N\ \left[y_n \log \hat y_n + (1 - y_n) \log (1 - \hat y_n)\right]
