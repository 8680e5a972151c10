% Analyzing and improving representations with the soft nearest neighbor loss, Frosst et al. (2019), Eq. 1:
% x the b representations of a batch, one row each, y their labels (prose)
x \in \mathbb{R}^{b \times d}, y \in \{1, \dots, C\}^{b}, T \in \mathbb{R}

l_{sn}(x, y, T) = -\frac{1}{b} \sum_{i \in 1..b} \log \left( \frac{\sum_{\substack{j \in 1..b \\ j \neq i \\ y_i = y_j}} e^{-\frac{\|x_i - x_j\|^2}{T}}}{\sum_{\substack{k \in 1..b \\ k \neq i}} e^{-\frac{\|x_i - x_k\|^2}{T}}} \right)
