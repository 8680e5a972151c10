% DeepFM, Guo et al. (2017), Eqs. 1-2 as printed (the pair term's <V_i, V_j> names the features j_1, j_2):
% d features x, FM weights w and factors V (k per feature), the deep part's output y_DNN given
w, x \in \mathbb{R}^{d}, V \in \mathbb{R}^{d \times k}, y_{DNN} \in \mathbb{R}

\hat{y} = sigmoid(y_{FM} + y_{DNN})
y_{FM} = \langle w, x \rangle + \sum_{j_1=1}^{d} \sum_{j_2=j_1+1}^{d} \langle V_i, V_j \rangle x_{j_1} \cdot x_{j_2}
