from h import *
rng=np.random.default_rng(1995); D=4; q,k=(rng.normal(size=D) for _ in range(2)); s=8.0
t=1/(0.1*np.log(s)+1)**2
print('logit', q@k/(t*np.sqrt(D)))
run('c1995_yarn_temperature', {r'\mathbf{q}_m':q, r'\mathbf{k}_n':k, 's':s}, t, fn='t')
