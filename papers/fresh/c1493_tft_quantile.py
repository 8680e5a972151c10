from h import *
y,yh,q=1.3,2.0,0.9
run('c1493_tft_quantile', {'y':y, r'\hat{y}':yh, 'q':q}, q*max(y-yh,0)+(1-q)*max(yh-y,0), fn='QL')
