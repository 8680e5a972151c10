from h import *
rng=np.random.default_rng(588); B=6
a,b=rng.normal(size=B),rng.normal(size=B)
# K = 2 responses per prompt: binom(2, 2) = 1
out=-torch.nn.functional.logsigmoid(T(a)-T(b)).mean()
run('c588_bradley_terry', {r'r_\theta(x, y_w)':a, r'r_\theta(x, y_l)':b}, out.numpy())
