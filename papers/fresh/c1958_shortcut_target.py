from h import *
rng=np.random.default_rng(1958); D=4
x,s1,s2=(rng.normal(size=D) for _ in range(3)); dd=0.25
run('c1958_shortcut_target', {r'\mathbf{x}_t':x, r's_\theta(\mathbf{x}_t, t, d)':s1, r"s_\theta(\mathbf{x}'_{t+d}, t + d, d)":s2, 'd':dd},
    {'x_td_prime':x+s1*dd, 's_target':s1/2+s2/2}, fn=[r"\mathbf{x}'_{t+d}", r'\mathbf{s}_\text{target}'])
