% scikit-learn user guide, 1.1.16.3 Huber regression, the loss H_epsilon as printed (from memory of the printing),
% applied to a vector z of scaled residuals (X_i w - y_i)/sigma; epsilon the threshold (prose)
z \in \mathbb{R}^{n}, \epsilon \in \mathbb{R}

H_{\epsilon}(z) = \begin{cases}
       z^2, & \text {if } |z| < \epsilon, \\
       2\epsilon|z| - \epsilon^2, & \text{otherwise}
\end{cases}
