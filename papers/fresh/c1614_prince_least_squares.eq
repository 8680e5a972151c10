% Prince, Understanding Deep Learning (2023), Eq. 2.5 / 5.x (least squares loss) as printed (from memory of the
% printing): I training pairs, the model's outputs f[x_i, phi] given, one per example
y, \mathrm{f}[x_i, \boldsymbol\phi] \in \mathbb{R}^{I}

L[\boldsymbol\phi] = \sum_{i=1}^{I} \left(\mathrm{f}[x_i, \boldsymbol\phi] - y_i\right)^2
