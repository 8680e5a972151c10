% Nadaraya-Watson kernel regression (Dive into Deep Learning, 11.2), Gaussian kernel; x a query, (x_i, y_i) the n keys and values
x \in \mathbb{R}, x_i, y_i \in \mathbb{R}^{n}

K(u) = \frac{1}{\sqrt{2\pi}} \exp\left(-\frac{u^2}{2}\right)
f(x) = \sum_{i=1}^n \frac{K(x - x_i)}{\sum_{j=1}^n K(x - x_j)} y_i
