from h import *
# the leave-one-out advantages; the gradient factor is not computed here (eqc has no \nabla of a log-policy)
rng=np.random.default_rng(1630); k=5; R=rng.normal(size=k)
adv=T(R)-(T(R).sum()-T(R))/(k-1)
run('c1630_rloo_baseline', {r'R(y_{(i)}, x)':R}, adv.numpy())
