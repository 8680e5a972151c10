% Tong Zhang, Mathematical Analysis of Machine Learning Algorithms (2023), Ch. 9 (ridge regression): the closed-form
% solution written with empirical averages, from memory of the printing; x_i in R^d, n samples, y_i real (prose)
x_i \in \mathbb{R}^{d}, y \in \mathbb{R}^{n}, \lambda \in \mathbb{R}

\hat{w} = \left(\frac{1}{n}\sum_{i=1}^{n} x_i x_i^\top + \lambda I\right)^{-1} \frac{1}{n}\sum_{i=1}^{n} x_i y_i
