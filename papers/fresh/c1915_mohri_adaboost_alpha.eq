% Mohri, Rostamizadeh & Talwalkar, Foundations of Machine Learning (2nd ed., 2018), Fig. 7.1 (AdaBoost), the weight of
% the base classifier and the normaliser, from memory of the printing: epsilon_t the weighted error
\epsilon_t \in \mathbb{R}

\alpha_t \leftarrow \frac{1}{2} \log \frac{1 - \epsilon_t}{\epsilon_t}
Z_t \leftarrow 2[\epsilon_t(1 - \epsilon_t)]^{\frac{1}{2}}
