from h import *
rng=np.random.default_rng(883); ns,d=6,4; Phi=rng.normal(size=(ns,d)); w=rng.normal(size=d); z=rng.normal(size=d)
s,s1,R,a,g,l=2,5,0.3,0.1,0.9,0.8
P,W,Z=T(Phi),T(w),T(z)
zt=g*l*Z+P[s]; dl=R+g*W@P[s1]-W@P[s]
run('c883_td_lambda_trace', {r'\Phi':Phi,r'\mathbf{w}_t':w,r'\mathbf{z}_{t-1}':z,'S_t':s,'S_{t+1}':s1,'R_{t+1}':R,r'\alpha':a,r'\gamma':g,r'\lambda':l},
    {r'\mathbf{z}_t':zt.numpy(), r'\delta_t':dl.numpy(), r'\mathbf{w}_{t+1}':(W+a*dl*zt).numpy()}, fn=[r'\mathbf{z}_t',r'\delta_t',r'\mathbf{w}_{t+1}'])
