from h import *
rng=np.random.default_rng(1074); B=6; rw,rl=rng.normal(size=B),rng.normal(size=B); K=4
out=-(1/(K*(K-1)/2))*torch.nn.functional.logsigmoid(T(rw)-T(rl)).mean()
run('c1074_instructgpt_rm', {r'r_\theta(x, y_w)':rw, r'r_\theta(x, y_l)':rl, 'K':K}, out.numpy())
