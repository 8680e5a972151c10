from h import *
rng=np.random.default_rng(912); m,n,b=3,4,5
W=rng.normal(size=(m,n)); X=rng.normal(size=(n,b)); s=rng.uniform(0.5,2,size=n)
run('c912_awq_channel_scale', {'W':W,'X':X,'s':s}, {'w_tilde':W/s[None,:], 'x_tilde':X*s[:,None]}, fn=[r'\tilde{W}', r'\tilde{X}'])
