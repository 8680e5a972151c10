% Wikipedia, "Stochastic gradient descent" (Adam) as printed: one step from t to t+1 for the parameters w (n
% entries), the gradient \nabla_w L^{(t)} given, t the step count (prose). Printing as remembered (not fetched).
w^{(t)}, m_w^{(t)}, v_w^{(t)}, \nabla_w L^{(t)} \in \mathbb{R}^{n}, \beta_1, \beta_2, \eta, \varepsilon, t \in \mathbb{R}

m_w ^ {(t+1)} \leftarrow \beta_1 m_w ^ {(t)} + \left(1 - \beta_1\right) \nabla _w L ^ {(t)}
v_w ^ {(t+1)} \leftarrow \beta_2 v_w ^ {(t)} + \left(1 - \beta_2\right) \left(\nabla _w L ^ {(t)} \right)^2
\hat{m}_w = \frac{m_w ^ {(t+1)}}{1 - \beta_1^{t+1}}
\hat{v}_w = \frac{ v_w ^ {(t+1)}}{1 - \beta_2^{t+1}}
w ^ {(t+1)} \leftarrow w ^ {(t)} - \eta \frac{\hat{m}_w}{\sqrt{\hat{v}_w} + \varepsilon}
