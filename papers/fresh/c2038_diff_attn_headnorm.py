from h import *
rng=np.random.default_rng(2038); N,d=4,3
H=rng.normal(size=(N,d)); li,eps=0.8,1e-6
out=(1-li)*H/np.sqrt((H**2).mean(1,keepdims=True)+eps)
run('c2038_diff_attn_headnorm', {r'\mathrm{head}':H, r'\lambda_{init}':li, r'\epsilon':eps}, out, fn=r'\overline{\mathrm{head}}')
