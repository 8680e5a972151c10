from h import *
rng=np.random.default_rng(1264); N=7; vmin,vmax=-3.0,3.0; dz=(vmax-vmin)/(N-1); z=vmin+dz*np.arange(N); p=torch.softmax(T(rng.normal(size=N)),0).numpy(); r,g=0.7,0.9
tz=np.clip(r+g*z,vmin,vmax); m=np.array([(np.clip(1-np.abs(tz-z[i])/dz,0,1)*p).sum() for i in range(N)])
run('c1264_c51_projection', {'z':z,'p':p,'r':r,r'\gamma':g,r'V_{\min}':vmin,r'V_{\max}':vmax,r'\Delta z':dz}, m)
