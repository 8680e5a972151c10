% scikit-learn user guide, 3.4.6.8 Mean Poisson, Gamma, and Tweedie deviances as printed (from memory of the
% printing): y the true values, \hat{y} the predictions of n_samples samples, p the power parameter (prose)
y, \hat{y} \in \mathbb{R}^{n_\text{samples}}, p \in \mathbb{R}

\text{D}(y, \hat{y}) = \frac{1}{n_\text{samples}}
\sum_{i=0}^{n_\text{samples} - 1}
\begin{cases}
(y_i-\hat{y}_i)^2, & \text{for }p=0\text{ (Normal)}\\
2(y_i \log(y_i/\hat{y}_i) + \hat{y}_i - y_i),  & \text{for }p=1\text{ (Poisson)}\\
2(\log(\hat{y}_i/y_i) + y_i/\hat{y}_i - 1),  & \text{for }p=2\text{ (Gamma)}\\
2\left(\frac{\max(y_i,0)^{2-p}}{(1-p)(2-p)}-
\frac{y_i\,\hat{y}_i^{1-p}}{1-p}+\frac{\hat{y}_i^{2-p}}{2-p}\right),
& \text{otherwise}
\end{cases}
